// Each class starts its own app (own data folder, free ports) and Chromium, so classes can run
// side by side. Two at a time, and never more in flight (xunit.runner.json: "conservative"): the
// time one class waits (a network cut of a minute, an agent's reconnect) goes to another's work,
// and a 2-core machine is not buried. Scanner bursts are stamped inside the page (StationScans),
// so a loaded machine does not make them look typed by a person.
[assembly: CollectionBehavior(MaxParallelThreads = 2)]
