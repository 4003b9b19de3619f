"""Out-paint time per image: the gateway's embedded out-painter (adapters/image_providers.py) in process.

Product-photo-like inputs (a studio gradient, a product block and sensor noise, saved as JPEG) of
common shapes, extended to card sizes; each case runs REPS times, one at a time, on one core.
Writes bench/results/images.json.
"""

from __future__ import annotations

import io
import json
import os
import platform
import statistics
import time
from pathlib import Path

from PIL import Image, ImageDraw

from bench.settings import bench_settings
from services.gateway.adapters.image_providers import outpaint

RESULTS = Path(__file__).parent / "results" / "images.json"
REPS = bench_settings().bench_images_reps
#: (source width, height) → target (width, height)
CASES = [
    ((800, 600), (512, 512)),  # a landscape shot on a square card
    ((600, 900), (640, 480)),  # a portrait shot on a landscape card
    ((1200, 800), (1024, 1024)),  # a large shot on a large square
    ((1600, 1200), (768, 512)),  # a camera-sized shot, downscaled
]


def product_photo(size: tuple[int, int]) -> bytes:
    width, height = size
    gradient = Image.linear_gradient("L").resize((width, height)).convert("RGB")
    studio = Image.blend(Image.new("RGB", size, (236, 236, 240)), gradient, 0.15)
    draw = ImageDraw.Draw(studio)
    draw.ellipse((width // 4, height // 3, 3 * width // 4, 2 * height // 3), fill=(190, 35, 45))
    noise = Image.effect_noise(size, 12).convert("RGB")
    photo = Image.blend(studio, noise, 0.08)
    out = io.BytesIO()
    photo.save(out, format="JPEG", quality=88)
    return out.getvalue()


def main() -> None:
    rows = []
    for (source, target), output_format in [(case, fmt) for case in CASES for fmt in ("png", "jpeg")]:
        data = product_photo(source)
        outpaint(data, target, output_format)  # warm-up
        times, cpu = [], []
        for _ in range(REPS):
            started, cpu_started = time.perf_counter(), time.process_time()
            outpaint(data, target, output_format)
            times.append((time.perf_counter() - started) * 1000)
            cpu.append((time.process_time() - cpu_started) * 1000)
        times.sort()
        row = {
            "source": f"{source[0]}x{source[1]}",
            "target": f"{target[0]}x{target[1]}",
            "output_format": output_format,
            "input_bytes": len(data),
            "median_ms": round(statistics.median(times), 1),
            "p90_ms": round(times[int(0.9 * (len(times) - 1))], 1),
            "min_ms": round(times[0], 1),
            # CPU time is the steadier figure on a shared machine (wall time includes waiting for a core)
            "cpu_median_ms": round(statistics.median(cpu), 1),
            "reps": REPS,
        }
        rows.append(row)
        print(
            f"{row['source']:>9} → {row['target']:<9} {output_format:<4} median {row['median_ms']:7.1f} ms"
            f"  p90 {row['p90_ms']:7.1f} ms  cpu {row['cpu_median_ms']:7.1f} ms"
        )
    RESULTS.parent.mkdir(exist_ok=True)
    RESULTS.write_text(
        json.dumps(
            {
                "cases": rows,
                "load_average_1m": os.getloadavg()[0],
                "python": platform.python_version(),
                "pillow": Image.__version__,
            },
            indent=2,
        )
        + "\n"
    )


if __name__ == "__main__":
    main()
