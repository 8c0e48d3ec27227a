// Scholarly's build script: dotnet tool restore && dotnet cake --target=NAME
// Targets: Clean, Restore, Build, Format, Test, Site (the sample site into output/), Publish (output/ to gh-pages),
// Default (Format and Test).

var target = Argument("target", "Default");
var configuration = Argument("configuration", "Release");
var solution = "./Scholarly.sln";

Task("Clean")
    .Description("Removes build output, test results and the generated site.")
    .Does(() =>
{
    CleanDirectories("./src/**/bin");
    CleanDirectories("./src/**/obj");
    CleanDirectories("./tests/**/bin");
    CleanDirectories("./tests/**/obj");
    CleanDirectories("./tests/**/TestResults");
    if (DirectoryExists("./output"))
    {
        DeleteDirectory("./output", new DeleteDirectorySettings { Recursive = true, Force = true });
    }
});

Task("Restore")
    .Does(() => DotNetRestore(solution));

Task("Build")
    .IsDependentOn("Restore")
    .Does(() => DotNetBuild(solution, new DotNetBuildSettings { Configuration = configuration, NoRestore = true }));

Task("Format")
    .Description("Fails when the code is not formatted as .editorconfig says.")
    .IsDependentOn("Restore")
    .Does(() => DotNetFormat(solution, new DotNetFormatSettings { VerifyNoChanges = true, NoRestore = true }));

Task("Test")
    .IsDependentOn("Build")
    .Does(() => DotNetTest(solution, new DotNetTestSettings { Configuration = configuration, NoBuild = true }));

Task("Site")
    .Description("Builds the sample site in content/ into output/.")
    .IsDependentOn("Build")
    .Does(() => DotNetRun("./src/Scholarly.Cli/Scholarly.Cli.csproj", new ProcessArgumentBuilder().Append("build"),
        new DotNetRunSettings { Configuration = configuration, NoBuild = true }));

Task("Publish")
    .Description("Builds the sample site and commits it to a gh-pages branch: --remote=origin (or a URL or path), --branch=gh-pages.")
    .IsDependentOn("Site")
    .Does(() => DotNetRun("./src/Scholarly.Cli/Scholarly.Cli.csproj",
        new ProcessArgumentBuilder().Append("publish").Append("--remote").AppendQuoted(Argument("remote", "origin")).Append("--branch").AppendQuoted(Argument("branch", "gh-pages")),
        new DotNetRunSettings { Configuration = configuration, NoBuild = true }));

Task("Default")
    .IsDependentOn("Format")
    .IsDependentOn("Test");

RunTarget(target);
