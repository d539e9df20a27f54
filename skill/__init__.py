"""Back Pain Check: an Alexa skill that walks through the warning signs of back pain."""
