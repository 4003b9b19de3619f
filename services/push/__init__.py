"""Push delivery: push.requests.v1 → FCM HTTP v1, APNs (HTTP/2) or the local sink, with receipts and dead letters."""
