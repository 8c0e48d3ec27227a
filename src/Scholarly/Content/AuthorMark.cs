namespace Scholarly.Content;

/// <summary>What an author list marks beside a name: equal contribution (*) and corresponding author (†).</summary>
[Flags]
internal enum AuthorMark
{
    None = 0,
    Equal = 1,
    Corresponding = 2,
}
