"""HTTP client for the Acme Weather forecast API."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timezone
from typing import Any, Mapping, Optional

import requests

from acme_weather.units import Temperature, Unit

DEFAULT_BASE_URL = "https://api.acme-weather.example/v2"
DEFAULT_TIMEOUT = 10.0


class WeatherAPIError(RuntimeError):
    """The API answered with an error, or with a payload we cannot read."""

    def __init__(self, message: str, status: Optional[int] = None) -> None:
        super().__init__(message)
        self.status = status


@dataclass(frozen=True)
class Forecast:
    """One forecast step for a location."""

    time: datetime
    temperature: Temperature
    precipitation_mm: float
    wind_speed_ms: float
    summary: str

    @classmethod
    def from_json(cls, item: Mapping[str, Any], unit: Unit) -> Forecast:
        try:
            return cls(
                time=datetime.fromtimestamp(int(item["dt"]), tz=timezone.utc),
                temperature=Temperature.from_unit(float(item["temp"]), unit),
                precipitation_mm=float(item.get("precipitation", 0.0)),
                wind_speed_ms=float(item.get("wind_speed", 0.0)),
                summary=str(item.get("summary", "")),
            )
        except (KeyError, TypeError, ValueError) as exc:
            raise WeatherAPIError(f"malformed forecast item: {exc}") from exc


class ForecastClient:
    """Fetch hourly forecasts.

    >>> client = ForecastClient(api_key="...")
    >>> for step in client.hourly(52.52, 13.40, hours=3):  # doctest: +SKIP
    ...     print(step.time, step.temperature.format())
    """

    def __init__(
        self,
        api_key: str,
        *,
        base_url: str = DEFAULT_BASE_URL,
        unit: Unit = Unit.CELSIUS,
        timeout: float = DEFAULT_TIMEOUT,
        session: Optional[requests.Session] = None,
    ) -> None:
        if not api_key:
            raise ValueError("api_key must not be empty")
        self.api_key = api_key
        self.base_url = base_url.rstrip("/")
        self.unit = unit
        self.timeout = timeout
        self.session = session or requests.Session()

    def _get(self, path: str, params: Mapping[str, Any]) -> Any:
        query = {"appid": self.api_key, "units": self.unit.value, **params}
        try:
            response = self.session.get(
                f"{self.base_url}/{path.lstrip('/')}", params=query, timeout=self.timeout
            )
        except requests.RequestException as exc:
            raise WeatherAPIError(f"request failed: {exc}") from exc
        if response.status_code != 200:
            raise WeatherAPIError(
                f"API returned HTTP {response.status_code}: {response.text[:200]}",
                status=response.status_code,
            )
        try:
            return response.json()
        except ValueError as exc:
            raise WeatherAPIError("API returned a non-JSON body") from exc

    def hourly(self, lat: float, lon: float, *, hours: int = 24) -> list[Forecast]:
        if not -90.0 <= lat <= 90.0 or not -180.0 <= lon <= 180.0:
            raise ValueError(f"invalid coordinates: {lat}, {lon}")
        if not 1 <= hours <= 168:
            raise ValueError("hours must be between 1 and 168")
        payload = self._get("forecast/hourly", {"lat": lat, "lon": lon, "cnt": hours})
        items = payload.get("hourly") if isinstance(payload, dict) else None
        if not isinstance(items, list):
            raise WeatherAPIError("response has no 'hourly' list")
        return [Forecast.from_json(item, self.unit) for item in items[:hours]]
