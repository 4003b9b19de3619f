"""The pipeline's service layer: one module per concern, each handler idempotent under redelivery.

``ingestion`` (interactions.v1 → profiles, signals, trigger jobs), ``catalog`` (catalog.v1 → products,
price drops), ``triggers`` (the schedule's due jobs → ``notify``, the push composed and produced),
``feedback`` (push.deliveries.v1 and engagement.v1), ``health`` (lag, recovery, /health, /metrics);
``pipeline.Pipeline`` wires them to one store and binds them to the Faust app.
"""
