"""The pipeline's door: the Faust app, its agents, timers and web views."""
