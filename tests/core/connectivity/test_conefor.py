"""The Conefor drop-in: command line, input files and output files on a four-node case
computed by hand, through ``main([...])`` and through a fresh Python process."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from cms_connectivity_plugin.core.connectivity.conefor import main, parse
from cms_connectivity_plugin.core.errors import InputError

ROOT = Path(__file__).resolve().parents[3]

# Nodes 1 (10), 2 (0, a stepping stone), 3 (20), 4 (5); distances 1-2 1000, 2-3 1000,
# 1-3 3000, 3-4 2000 with -confProb 1000 0.5: p = 0.5, 0.5, 0.125, 0.25;
# p*_13 = 0.25 (through 2), p*_14 = 0.0625, p*_34 = 0.25.
NODES = "1\t10\n2\t0\n3\t20\n4 5\n"
DISTANCES = "1\t2\t1000\n2\t3\t1000\n1 3 3000\n3\t4\t2000\n"
PCNUM = 525 + 2 * (50 + 3.125 + 25)  # 681.25
OVERALL = {
    "F": 2.75,
    "AWF": 100.0,
    "PCnum": PCNUM,
    "EC(PC)": PCNUM**0.5,
    "PC": PCNUM / 1000.0**2,
    "PCintra(%)": 100 * 525 / PCNUM,
    "PCdirect(%)": 100 * 100 / PCNUM,
    "PCstep(%)": 100 - 100 * 625 / PCNUM,
    "IICnum": 525 + 2 * 200 / 3,
    "EC(IIC)": (525 + 400 / 3) ** 0.5,
    "IIC": (525 + 400 / 3) / 1000.0**2,
    "IICintra(%)": 100 * 525 / (525 + 400 / 3),
    "IICdirect(%)": 0.0,
    "IICstep(%)": 100 - 100 * 525 / (525 + 400 / 3),
    "NL": 2,
    "NC": 2,
}
# Node importance: (dA, dPC, dPCintra, dPCflux, dPCconnector), percentages.
IMPORTANCE = {
    "1": (100 * 10 / 35, 100 * 206.25 / PCNUM, 100 * 100 / PCNUM, 100 * 106.25 / PCNUM, 0.0),
    "2": (0.0, 100 * 53.125 / PCNUM, 0.0, 0.0, 100 * 53.125 / PCNUM),
    "3": (
        100 * 20 / 35,
        100 * 556.25 / PCNUM,
        100 * 400 / PCNUM,
        100 * 150 / PCNUM,
        100 * 6.25 / PCNUM,
    ),
    "4": (100 * 5 / 35, 100 * 81.25 / PCNUM, 100 * 25 / PCNUM, 100 * 56.25 / PCNUM, 0.0),
}
COMMAND = [
    "-nodeFile",
    "nodes.txt",
    "-conFile",
    "distances.txt",
    "-t",
    "dist",
    "notall",
    "-confProb",
    "1000",
    "0.5",
    "-PC",
    "-IIC",
    "-confAdj",
    "1500",
    "-F",
    "-AWF",
    "-NL",
    "-NC",
    "-landArea",
    "1000",
]


@pytest.fixture
def folder(tmp_path, monkeypatch):
    (tmp_path / "nodes.txt").write_text(NODES)
    (tmp_path / "distances.txt").write_text(DISTANCES)
    monkeypatch.chdir(tmp_path)
    return tmp_path


def table(path: Path) -> list[list[str]]:
    return [line.split("\t") for line in path.read_text().splitlines()]


def test_overall_and_node_files(folder, capsys):
    assert main(COMMAND + ["-prefix", "run1"]) == 0
    overall = {name: float(value) for name, value in table(folder / "overall_indices.txt")}
    assert set(overall) == set(OVERALL)
    for name, expected in OVERALL.items():
        assert overall[name] == pytest.approx(expected, rel=1e-5, abs=1e-9), name
    # Conefor's order for the probabilistic block: F AWF PCnum EC(PC) [PC] fractions.
    names = [row[0] for row in table(folder / "overall_indices.txt")]
    assert names[names.index("F") :] == [
        "F",
        "AWF",
        "PCnum",
        "EC(PC)",
        "PC",
        "PCintra(%)",
        "PCdirect(%)",
        "PCstep(%)",
    ]
    rows = table(folder / "results_all_overall_indices.txt")
    assert ["run1", "1000", "0.5", "PCnum", "681.25"] in rows
    assert ["run1", "1500", "NA", "IICnum", format(OVERALL["IICnum"], "g")] in rows
    ec = (folder / "results_all_EC(PC).txt").read_text().splitlines()
    assert ec == ["Prefix\tDistance\tProbability\tEC(PC)\t", "run1\t1000\t0.5\t26.1008\t"]
    nodes = table(folder / "run1_node_importances.txt")
    assert nodes[0] == [
        "Node",
        "dA",
        "varA",
        "dIIC",
        "varIIC",
        "dIICintra",
        "dIICflux",
        "dIICconnector",
        "dPC",
        "varPC",
        "dPCintra",
        "dPCflux",
        "dPCconnector",
    ]
    found = {row[0]: row for row in nodes[1:]}
    for node, (da, dpc, intra, flux, conn) in IMPORTANCE.items():
        row = dict(zip(nodes[0], found[node]))
        assert float(row["dA"]) == pytest.approx(da, rel=1e-5, abs=1e-9)
        assert float(row["dPC"]) == pytest.approx(dpc, rel=1e-5)
        assert float(row["dPCintra"]) == pytest.approx(intra, rel=1e-5, abs=1e-9)
        assert float(row["dPCflux"]) == pytest.approx(flux, rel=1e-5, abs=1e-9)
        assert float(row["dPCconnector"]) == pytest.approx(conn, rel=1e-5, abs=1e-6)
    # varPC: the change of PC (A_L given): 53.125 / 1000^2 for node 2.
    assert float(dict(zip(nodes[0], found["2"]))["varPC"]) == pytest.approx(53.125e-6, rel=1e-5)
    assert (folder / "run1_execution_events.txt").exists()
    assert "PCnum 681.25" in capsys.readouterr().out


def test_results_all_files_append(folder):
    assert main(COMMAND + ["-prefix", "a", "onlyoverall"]) == 0
    assert main(COMMAND + ["-prefix", "b", "onlyoverall"]) == 0
    ec = (folder / "results_all_EC(PC).txt").read_text().splitlines()
    assert ec[0].startswith("Prefix") and [line.split("\t")[0] for line in ec[1:]] == ["a", "b"]
    assert not list(folder.glob("*node_importances.txt"))  # onlyoverall
    rows = table(folder / "results_all_overall_indices.txt")
    assert {row[0] for row in rows} == {"a", "b"}


def test_without_prefix_the_node_file_names_the_run(folder):
    assert main(COMMAND[:-2] + ["-PC"]) == 0
    assert (folder / "node_importances.txt").exists()
    assert table(folder / "results_all_overall_indices.txt")[0][0] == "nodes.txt"


def test_probability_connections(folder):
    (folder / "prob.txt").write_text("1 2 0.5\n2 3 0.5\n1 3 0.125\n3 4 0.25\n")
    assert (
        main(
            [
                "-nodeFile",
                "nodes.txt",
                "-conFile",
                "prob.txt",
                "-t",
                "prob",
                "all",
                "-PC",
                "onlyoverall",
            ]
        )
        == 0
    )
    overall = dict(table(folder / "overall_indices.txt"))
    assert float(overall["PCnum"]) == pytest.approx(PCNUM)


def test_add_candidates(folder):
    (folder / "nodes_add.txt").write_text("1 10 1\n2 0 1\n3 20 1\n4 5 0\n")
    assert (
        main(
            [
                "-nodeFile",
                "nodes_add.txt",
                "-conFile",
                "distances.txt",
                "-t",
                "dist",
                "-confProb",
                "1000",
                "0.5",
                "-PC",
                "-add",
                "-prefix",
                "add",
            ]
        )
        == 0
    )
    rows = table(folder / "add_node_importances.txt")
    row = dict(zip(rows[0], rows[1]))
    assert len(rows) == 2 and row["Node"] == "4"
    # Existing PCnum 600; adding node 4 gains 81.25 (25 intra, 56.25 flux).
    assert float(row["dPC"]) == pytest.approx(100 * 81.25 / 600, rel=1e-5)
    assert float(row["dPCintra"]) == pytest.approx(100 * 25 / 600, rel=1e-5)
    assert float(row["dPCflux"]) == pytest.approx(100 * 56.25 / 600, rel=1e-5)
    assert float(dict(table(folder / "overall_indices.txt"))["PCnum"]) == pytest.approx(600)


def test_batch_mode(folder):
    for name, attr in (("a", "10"), ("b", "30")):
        (folder / f"nodes_{name}.txt").write_text(f"1 {attr}\n2 {attr}\n")
        (folder / f"dist_{name}.txt").write_text("1 2 1000\n")
    assert (
        main(
            [
                "-nodeFile",
                "nodes_",
                "-conFile",
                "dist_",
                "-t",
                "dist",
                "-confProb",
                "1000",
                "0.5",
                "-PC",
                "onlyoverall",
                "-*",
            ]
        )
        == 0
    )
    rows = table(folder / "results_all_EC(PC).txt")
    assert [row[0] for row in rows[1:]] == ["a", "b"]
    assert float(rows[1][3]) == pytest.approx((100 + 100 + 2 * 100 * 0.5) ** 0.5, rel=1e-5)


@pytest.mark.parametrize(
    ("extra", "files", "message"),
    [
        ([], {"distances.txt": "1 2 1000\n1 9 50\n"}, "Line 2 of the connection file"),
        ([], {"nodes.txt": "1 10\n2 x\n"}, "Line 2 of the node file"),
        ([], {"distances.txt": "1 2 -5\n"}, "not a valid"),
        (["-BCPC"], {}, "not supported"),
        (["-bogus"], {}, "Unknown Conefor option"),
    ],
)
def test_errors_exit_2_with_one_line(folder, capsys, extra, files, message):
    for name, text in files.items():
        (folder / name).write_text(text)
    assert main(COMMAND + extra) == 2
    err = capsys.readouterr().err.strip()
    assert err.startswith("error:") and message in err and "\n" not in err


def test_parse_requirements():
    with pytest.raises(InputError, match="-nodeFile and -conFile"):
        parse(["-PC"])
    with pytest.raises(InputError, match="-confProb"):
        parse(["-nodeFile", "n", "-conFile", "c", "-t", "dist", "-PC"])
    with pytest.raises(InputError, match="-confAdj"):
        parse(["-nodeFile", "n", "-conFile", "c", "-IIC"])
    opts = parse(
        [
            "-nodeFile",
            "n",
            "-conFile",
            "c",
            "-t",
            "dist",
            "-confProb",
            "10000",
            "0.5",
            "-PC",
            "-F",
            "-AWF",
            "onlyoverall",
            "-double",
        ]
    )
    assert opts.indices == ["PC", "F", "AWF"] and opts.only_overall and opts.pairs == "notall"


def test_all_with_missing_pairs_warns(folder, capsys):
    assert main(COMMAND[:6] + ["all"] + COMMAND[7:]) == 0
    assert "missing pairs" in capsys.readouterr().err


def test_missing_file(folder, capsys):
    assert (
        main(
            [
                "-nodeFile",
                "none.txt",
                "-conFile",
                "distances.txt",
                "-t",
                "dist",
                "-confProb",
                "1000",
                "0.5",
                "-PC",
            ]
        )
        == 2
    )
    assert "does not exist" in capsys.readouterr().err


def test_in_a_fresh_process(folder):
    code = (
        "from cms_connectivity_plugin.core.connectivity.conefor import main; "
        f"raise SystemExit(main({COMMAND + ['-prefix', 'proc']!r}))"
    )
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    done = subprocess.run(
        [sys.executable, "-c", code],
        cwd=folder,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 0, done.stderr
    assert (folder / "proc_node_importances.txt").exists()
    assert "EC(PC) 26.1008" in done.stdout
    bad = subprocess.run(
        [sys.executable, "-c", code.replace("nodes.txt", "missing.txt")],
        cwd=folder,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert bad.returncode == 2 and bad.stderr.startswith("error:")
    assert "Traceback" not in bad.stderr
