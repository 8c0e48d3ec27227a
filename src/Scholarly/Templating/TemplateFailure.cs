using Scholarly.Diagnostics;

namespace Scholarly.Templating;

/// <summary>A template could not be parsed or failed while rendering; carries the diagnostics that say where.</summary>
internal sealed class TemplateFailure(IReadOnlyList<Diagnostic> diagnostics)
    : Exception(string.Join(Environment.NewLine, diagnostics))
{
    public IReadOnlyList<Diagnostic> Diagnostics { get; } = diagnostics;
}
