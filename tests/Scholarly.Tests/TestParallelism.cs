// Fixtures run side by side: every test builds into a folder of its own and runs the CLI in-process with its own
// writers, so none shares state with another. A fixture that holds a browser or a port says [NonParallelizable].
// Most tests wait on disk or on child processes (git, the packed tool, builds killed mid-write), so more workers
// than cores keep both cores busy.
[assembly: Parallelizable(ParallelScope.Fixtures)]
[assembly: LevelOfParallelism(4)]
