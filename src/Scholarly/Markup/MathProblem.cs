using Markdig.Extensions.Mathematics;

namespace Scholarly.Markup;

/// <summary>A formula in a piece of Markdown that could not be typeset; the page shows it as written.</summary>
/// <param name="Line">Its line within the Markdown, from 0.</param>
/// <param name="Column">Its column on that line, from 0.</param>
/// <param name="Source">The formula as written, with its delimiters.</param>
/// <param name="Error">What the typesetter said was wrong.</param>
internal sealed record MathProblem(int Line, int Column, string Source, string Error)
{
    /// <summary>The key under which <see cref="MathInlineParser"/> keeps a formula as written.</summary>
    public static readonly object AsWrittenKey = new();

    /// <summary>The formula with the delimiters it was written with (<c>$…$</c>, <c>\(…\)</c>, …).</summary>
    public static string AsWritten(MathInline math) => math.GetData(AsWrittenKey) as string ?? "$" + math.Content + "$";
}
