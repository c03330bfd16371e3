import Testing
@testable import XrefInput

@Suite struct InputFilesTests {
    @Test func foldersExpandSortedWithoutHiddenOrBuildFolders() {
        let dir = TempDir(); defer { dir.remove() }
        _ = dir.file("b.txt", "b")
        _ = dir.file("a/z.pdf", "z")
        _ = dir.file("a/c.docx", "c")
        _ = dir.file(".hidden.txt", "h")
        _ = dir.file(".git/config", "g")
        _ = dir.file(".build-input/x.txt", "x")
        _ = dir.file("A.md", "m")
        let (files, errors) = InputFiles.collect([dir.path])
        #expect(errors.isEmpty)
        #expect(files == ["A.md", "a/c.docx", "a/z.pdf", "b.txt"].map { dir.path + "/" + $0 })
    }

    @Test func missingPathsAreErrorsAndTheRestIsKept() {
        let dir = TempDir(); defer { dir.remove() }
        let a = dir.file("a.txt", "a")
        let (files, errors) = InputFiles.collect([dir.path + "/missing", a, a])
        #expect(files == [a])
        #expect(errors == [ReadError(path: dir.path + "/missing", reason: "no such file or folder")])
    }
}
