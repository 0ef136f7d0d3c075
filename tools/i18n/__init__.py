"""The Indonesian translation: update.sh refreshes it, carry.py keeps moved strings translated."""
