"""Export JMC review…: the printed review from the app."""
