"""What landing talks to: Redis (recommendations, catalog, page cache), Kafka (engagement), the catalog snapshot."""
