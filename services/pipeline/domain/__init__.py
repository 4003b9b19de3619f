"""Pure pipeline logic: profiles, triggers, candidates, ranking, benefits, policy, copy. No I/O; time is an argument."""
