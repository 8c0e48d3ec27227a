namespace Scholarly.Text;

/// <summary>
/// Markup that is already safe HTML (rendered Markdown, a partial's output). Templates escape every
/// other value they print; a value of this type is printed as it is.
/// </summary>
internal sealed record Html(string Value)
{
    public static readonly Html Empty = new("");

    public override string ToString() => Value;
}
