"""Pure gateway logic: routing, breakers, pricing, keys, limits, cache keys, token estimates. No I/O."""
