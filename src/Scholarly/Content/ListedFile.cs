namespace Scholarly.Content;

/// <summary>
/// A file found by listing a site folder: its path from that folder ('/'-separated) and what the listing learnt of
/// it (size, last write time), so a reader that wants those asks the file system no second time.
/// </summary>
internal readonly record struct ListedFile(string Relative, FileInfo Info)
{
    public string Full => Info.FullName;
}
