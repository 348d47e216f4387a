"""podcastify: new articles become a podcast you can subscribe to."""

import warnings

__version__ = "0.1.0"

# pydub looks for a system ffmpeg when imported; podcastify points it at the
# imageio-ffmpeg binary instead (podcastify.ffmpeg), so the warning is noise.
warnings.filterwarnings("ignore", message="Couldn't find ff", category=RuntimeWarning)
