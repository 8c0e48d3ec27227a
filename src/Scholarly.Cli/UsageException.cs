namespace Scholarly.Cli;

/// <summary>The command line is wrong (an unknown option, say): reported with exit code 2.</summary>
internal sealed class UsageException(string message) : Exception(message);
