namespace Scholarly.Content;

/// <summary>How every content folder is listed: recursively, hidden files included, symbolic links never followed.</summary>
internal static class ContentEnumeration
{
    public static readonly EnumerationOptions Options = new()
    {
        RecurseSubdirectories = true,
        AttributesToSkip = FileAttributes.ReparsePoint,
        IgnoreInaccessible = false,
        MatchType = MatchType.Simple,
    };
}
