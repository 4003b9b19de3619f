"""What push talks to: Redis (devices, claims), Kafka (receipts, dead letters), FCM, APNs, the local sink."""
