using System.Reflection;
using Scholarly.Diagnostics;
using Spectre.Console.Cli;

namespace Scholarly.Cli;

/// <summary>
/// Refuses options and arguments no command declared. Spectre.Console.Cli keeps them as "remaining" arguments
/// by default, so a typo like <c>--ouptut</c> would otherwise build into the default folder without a word.
/// A mistyped option is answered with the nearest one the command has.
/// </summary>
/// <remarks>Spectre's own strict mode is not used: it mis-parses an option given without its value.</remarks>
internal sealed class UnknownOptionGuard : ICommandInterceptor
{
    public void Intercept(CommandContext context, CommandSettings settings)
    {
        var unknown = context.Remaining.Raw.Concat(context.Remaining.Parsed.Select(p => p.Key)).ToList();
        if (unknown.Count > 0)
        {
            var typed = unknown[0];
            var nearest = typed.StartsWith('-') ? Suggestion.Nearest(typed.TrimStart('-'), OptionNames(settings)) : null;
            var hint = nearest is null ? "" : $" (did you mean '--{nearest}'?)";
            throw new UsageException($"Unknown option or argument '{typed}'{hint} (see 'scholarly {context.Name} --help')");
        }
    }

    /// <summary>The long names of the options a command's settings declare ("output", "base-url").</summary>
    private static IEnumerable<string> OptionNames(CommandSettings settings) =>
        settings.GetType().GetProperties()
            .Select(p => p.GetCustomAttribute<CommandOptionAttribute>())
            .Where(a => a is not null)
            .SelectMany(a => a!.LongNames);
}
