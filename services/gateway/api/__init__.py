"""The gateway's HTTP door: thin routes that translate HTTP to the completion service and back."""
