"""EventMate: a desktop companion for building real relationships at events."""

__version__ = "0.1.0"
APP_NAME = "EventMate"
APP_ID = "org.eventmate.eventmate"
