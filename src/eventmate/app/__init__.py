"""The composition root of the app: paths, logging, the lock, the database and QApplication."""
