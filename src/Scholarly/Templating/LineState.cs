using System.Runtime.CompilerServices;
using Scriban;

namespace Scholarly.Templating;

/// <summary>
/// Whether the last text a Scriban render wrote ended a line. Scriban keeps it to itself and indents the next line
/// written after an indented statement by it, so a partial's output depends on it, and a render that
/// <see cref="FragmentCache"/> skips must leave it as the render would have.
/// </summary>
/// <remarks>
/// A private field of Scriban's <see cref="TemplateContext"/> (Scriban.Signed as pinned in Directory.Packages.props).
/// Should a later Scriban rename it, <see cref="Available"/> turns false and partials are simply rendered every time;
/// FragmentCacheTests fail, so the change is seen.
/// </remarks>
internal static class LineState
{
    public static bool Available { get; } = Probe();

    public static bool AtLineStart(TemplateContext context) => PreviousTextWasNewLine(context);

    public static void Set(TemplateContext context, bool atLineStart) => PreviousTextWasNewLine(context) = atLineStart;

    [UnsafeAccessor(UnsafeAccessorKind.Field, Name = "_previousTextWasNewLine")]
    private static extern ref bool PreviousTextWasNewLine(TemplateContext context);

    private static bool Probe()
    {
        try
        {
            _ = PreviousTextWasNewLine(new TemplateContext());
            return true;
        }
        catch (MissingFieldException)
        {
            return false;
        }
    }
}
