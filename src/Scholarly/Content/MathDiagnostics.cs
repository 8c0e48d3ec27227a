using Scholarly.Diagnostics;
using Scholarly.Markup;

namespace Scholarly.Content;

/// <summary>Says, at the formula's own line, that a formula could not be typeset and is shown as written.</summary>
internal static class MathDiagnostics
{
    /// <summary>
    /// Reports each <see cref="MathProblem"/> of Markdown that starts on line <paramref name="firstLine"/> of
    /// <paramref name="file"/>. Columns are given for a body, whose lines are the file's; a YAML value's text may be
    /// folded or indented, so only its line is.
    /// </summary>
    public static Action<MathProblem> At(DiagnosticBag diagnostics, string file, int firstLine, bool columns) => problem =>
        diagnostics.Warning(file, firstLine + problem.Line, columns ? problem.Column + 1 : 0,
            $"the formula {problem.Source} cannot be typeset: {problem.Error}; the page shows it as written, in code style");
}
