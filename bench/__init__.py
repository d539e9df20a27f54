"""The performance benchmark: `bash bench/run` (see README, "Performance")."""
