using System.Text;
using Scriban.Runtime;

namespace Scholarly.Templating;

/// <summary>
/// Where a layout writes: its text stays in the builder's chunks, for the base layout until
/// <see cref="Text.Utf8Text.Encode(StringBuilder)"/> turns them into the file's bytes. Scriban's
/// <c>Template.Render</c> returns its output's <see cref="ToString"/>, which here is empty, so no string the size of
/// the page is ever made.
/// </summary>
internal sealed class PageTextOutput : IScriptOutput
{
    public StringBuilder Text { get; } = new();

    public void Write(string text, int offset, int count) => Text.Append(text, offset, count);

    public ValueTask WriteAsync(string text, int offset, int count, CancellationToken cancellationToken)
    {
        Write(text, offset, count);
        return ValueTask.CompletedTask;
    }

    /// <summary>Nothing: the text is read from <see cref="Text"/>, never copied into a string (see the class).</summary>
    public override string ToString() => "";
}
