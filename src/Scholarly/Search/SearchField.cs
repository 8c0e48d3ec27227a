namespace Scholarly.Search;

/// <summary>
/// The parts of a document a word can be found in, as bits of a posting: the query script ranks a word in a title or
/// a name above one in an abstract. The values are the format's (docs/search.md); search.js reads them.
/// </summary>
[Flags]
internal enum SearchField
{
    None = 0,
    Title = 1,
    People = 2,
    Tags = 4,
    Venue = 8,
    Text = 16,
}
