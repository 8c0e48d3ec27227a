namespace Scholarly.Cli;

/// <summary>Where commands write: results to <see cref="Out"/>, diagnostics to <see cref="Error"/>. Injected so tests can read both.</summary>
internal sealed record CommandOutput(TextWriter Out, TextWriter Error);
