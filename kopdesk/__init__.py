"""kopdesk: desktop bookkeeping for Indonesian savings-and-loan cooperatives."""

__version__ = "0.1.0"
