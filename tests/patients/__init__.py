"""Unseen realistic patients, written by a clinician before any scoring (see README.md); never edited to fit."""
