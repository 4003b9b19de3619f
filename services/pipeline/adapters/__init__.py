"""What the pipeline talks to: Redis (catalog, recs, schedule, policy state) and the gateway."""
