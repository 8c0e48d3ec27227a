using Scholarly.Cli;

return ScholarlyApp.Run(args, Console.Out, Console.Error);
