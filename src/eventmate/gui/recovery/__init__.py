"""The recovery screen, the read-only banner and "Check database": ways out for bad data."""
