"""Push's pure logic: devices and routing, retry decisions, offset bookkeeping. No I/O."""
