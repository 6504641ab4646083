// Each class starts its own app and Chromium; on a 2-core machine running them one at a time
// keeps key-burst timing (what tells a scanner from a person) honest.
[assembly: CollectionBehavior(DisableTestParallelization = true)]
