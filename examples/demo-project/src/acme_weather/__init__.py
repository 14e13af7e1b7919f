"""A small, typed client for the Acme Weather forecast API."""

from __future__ import annotations

from importlib.metadata import PackageNotFoundError, version

from acme_weather.client import ForecastClient, WeatherAPIError
from acme_weather.units import (
    Temperature,
    Unit,
    celsius_to_fahrenheit,
    fahrenheit_to_celsius,
    kelvin_to_celsius,
)

try:
    __version__ = version("acme-weather")
except PackageNotFoundError:  # running from a source checkout
    __version__ = "0.0.0"

__all__ = [
    "ForecastClient",
    "Temperature",
    "Unit",
    "WeatherAPIError",
    "__version__",
    "celsius_to_fahrenheit",
    "fahrenheit_to_celsius",
    "kelvin_to_celsius",
]
