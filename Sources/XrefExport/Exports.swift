@_exported import XrefCore
