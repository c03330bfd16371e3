print("xref: under construction")
