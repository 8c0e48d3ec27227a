using Spectre.Console;

namespace Scholarly.Cli;

/// <summary>Checks of option values that Spectre.Console.Cli cannot express, shared by the commands' settings.</summary>
internal static class OptionChecks
{
    /// <summary>An empty path (<c>--output ""</c>) is a usage error naming the option, not a crash deep in the build.</summary>
    public static ValidationResult NotEmpty(params (string Option, string? Value)[] paths)
    {
        foreach (var (option, value) in paths)
        {
            if (value is not null && value.Trim().Length == 0)
            {
                return ValidationResult.Error($"{option} needs a folder, not an empty value");
            }
        }

        return ValidationResult.Success();
    }
}
