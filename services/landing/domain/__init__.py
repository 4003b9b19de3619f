"""Pure landing logic: locale resolution, money formatting and the page model. No I/O."""
