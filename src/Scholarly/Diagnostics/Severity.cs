namespace Scholarly.Diagnostics;

/// <summary>How bad a diagnostic is: errors fail the build, warnings are reported and the build goes on.</summary>
internal enum Severity
{
    Warning,
    Error,
}
