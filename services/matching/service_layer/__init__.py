"""What the matching service's doors call: the record handler, the pair pipeline, the evaluation."""
