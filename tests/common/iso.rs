//! A small ISO 9660 image writer: primary volume descriptor, Joliet
//! supplementary volume descriptor, terminator, L and M path tables for both
//! and nested directories. File data is shared by both directory trees.

use std::collections::{BTreeMap, VecDeque};

const SECTOR: usize = 2048;
/// 2026-09-15 12:00:00 UTC as a 7-byte directory record date.
const RECORD_DATE: [u8; 7] = [126, 9, 15, 12, 0, 0, 0];
/// The same moment as a 17-byte volume descriptor date.
const VOLUME_DATE: &[u8; 16] = b"2026091512000000";
const NO_DATE: &[u8; 16] = b"0000000000000000";

enum Node {
    Dir(BTreeMap<String, Node>),
    File(usize),
}

enum Target {
    Dir(usize),
    File(usize),
}

struct Entry {
    ident: Vec<u8>,
    target: Target,
}

struct Dir {
    /// Directory identifier (root: `[0]`).
    ident: Vec<u8>,
    /// Index of the parent in breadth-first order (root: itself).
    parent: usize,
    entries: Vec<Entry>,
    /// Extent size in bytes, a whole number of sectors.
    size: u32,
    lba: u32,
}

/// An ISO 9660 image with a Joliet supplementary volume descriptor holding
/// `files`, given as `("/"-separated path, contents)`, e.g.
/// `("DICOM/ST000001/SE000001/IM000001", bytes)` or `("DICOMDIR", bytes)`.
/// Folders are created as needed. The primary tree uses upper-case ISO
/// names (`DICOMDIR;1`, `README.TXT;1`, characters outside `A-Z0-9_`
/// replaced by `_`); the Joliet tree keeps the names as given. When the
/// same path appears twice, the last one wins.
pub fn iso_image(files: &[(&str, Vec<u8>)]) -> Vec<u8> {
    let root = build_tree(files);
    let mut primary = layout_volume(&root, false);
    let mut joliet = layout_volume(&root, true);

    // Sectors 0-15 system area, 16 PVD, 17 Joliet SVD, 18 terminator.
    let mut next = 19_u32;
    let mut allocate = |bytes: usize| {
        let lba = next;
        next += u32::try_from(bytes.div_ceil(SECTOR)).expect("ISO below 8 TiB");
        lba
    };
    let primary_tables = path_table_size(&primary);
    let primary_l = allocate(primary_tables);
    let primary_m = allocate(primary_tables);
    let joliet_tables = path_table_size(&joliet);
    let joliet_l = allocate(joliet_tables);
    let joliet_m = allocate(joliet_tables);
    for dir in primary.iter_mut().chain(joliet.iter_mut()) {
        dir.lba = allocate(dir.size as usize);
    }
    let mut referenced = vec![false; files.len()];
    mark_files(&root, &mut referenced);
    let file_lbas: Vec<u32> = files
        .iter()
        .zip(&referenced)
        .map(|((_, bytes), used)| if *used { allocate(bytes.len()) } else { 0 })
        .collect();
    let total_sectors = next;

    let mut image = vec![0_u8; total_sectors as usize * SECTOR];
    let descriptors = [
        volume_descriptor(
            &primary,
            false,
            total_sectors,
            primary_tables,
            primary_l,
            primary_m,
        ),
        volume_descriptor(
            &joliet,
            true,
            total_sectors,
            joliet_tables,
            joliet_l,
            joliet_m,
        ),
        terminator(),
    ];
    for (i, descriptor) in descriptors.iter().enumerate() {
        sector_mut(&mut image, 16 + i as u32)[..SECTOR].copy_from_slice(descriptor);
    }
    for (volume, l, m) in [
        (&primary, primary_l, primary_m),
        (&joliet, joliet_l, joliet_m),
    ] {
        let little = path_table(volume, false);
        sector_mut(&mut image, l)[..little.len()].copy_from_slice(&little);
        let big = path_table(volume, true);
        sector_mut(&mut image, m)[..big.len()].copy_from_slice(&big);
        for dir in volume {
            let extent = directory_extent(volume, dir, files, &file_lbas);
            sector_mut(&mut image, dir.lba)[..extent.len()].copy_from_slice(&extent);
        }
    }
    for (((_, bytes), lba), used) in files.iter().zip(&file_lbas).zip(&referenced) {
        if *used {
            sector_mut(&mut image, *lba)[..bytes.len()].copy_from_slice(bytes);
        }
    }
    image
}

fn sector_mut(image: &mut [u8], lba: u32) -> &mut [u8] {
    &mut image[lba as usize * SECTOR..]
}

fn build_tree(files: &[(&str, Vec<u8>)]) -> Node {
    let mut root = BTreeMap::new();
    for (index, (path, _)) in files.iter().enumerate() {
        let components: Vec<&str> = path.split('/').filter(|c| !c.is_empty()).collect();
        let (name, folders) = components
            .split_last()
            .unwrap_or_else(|| panic!("ISO file path {path:?} has no file name"));
        let mut dir = &mut root;
        for folder in folders {
            let node = dir
                .entry(folder.to_string())
                .or_insert_with(|| Node::Dir(BTreeMap::new()));
            dir = match node {
                Node::Dir(children) => children,
                Node::File(_) => panic!("ISO path {path:?} runs through a file"),
            };
        }
        if let Some(Node::Dir(_)) = dir.insert(name.to_string(), Node::File(index)) {
            panic!("ISO path {path:?} is both a file and a folder");
        }
    }
    Node::Dir(root)
}

fn mark_files(node: &Node, referenced: &mut [bool]) {
    match node {
        Node::File(index) => referenced[*index] = true,
        Node::Dir(children) => children
            .values()
            .for_each(|child| mark_files(child, referenced)),
    }
}

/// Identifier bytes of a name in the primary (ISO) or Joliet tree.
fn identifier(name: &str, is_dir: bool, joliet: bool) -> Vec<u8> {
    if joliet {
        return name.encode_utf16().flat_map(u16::to_be_bytes).collect();
    }
    let d_chars = |part: &str| -> String {
        part.chars()
            .map(|c| c.to_ascii_uppercase())
            .map(|c| match c {
                'A'..='Z' | '0'..='9' | '_' => c,
                _ => '_',
            })
            .collect()
    };
    if is_dir {
        return d_chars(name).into_bytes();
    }
    let mut ident = match name.rsplit_once('.') {
        Some((base, ext)) => format!("{}.{}", d_chars(base), d_chars(ext)),
        None => d_chars(name),
    };
    ident.push_str(";1");
    ident.into_bytes()
}

/// Breadth-first directories of one volume, children sorted by identifier:
/// the order path tables need (level, then parent number, then name).
fn layout_volume(root: &Node, joliet: bool) -> Vec<Dir> {
    let Node::Dir(root_children) = root else {
        unreachable!("the root is a folder")
    };
    let mut dirs = vec![Dir {
        ident: vec![0],
        parent: 0,
        entries: Vec::new(),
        size: 0,
        lba: 0,
    }];
    let mut queue = VecDeque::from([(root_children, 0_usize)]);
    while let Some((children, index)) = queue.pop_front() {
        let mut sorted: Vec<(Vec<u8>, &Node)> = children
            .iter()
            .map(|(name, node)| {
                let is_dir = matches!(node, Node::Dir(_));
                (identifier(name, is_dir, joliet), node)
            })
            .collect();
        sorted.sort_by(|a, b| a.0.cmp(&b.0));
        for (ident, node) in sorted {
            let target = match node {
                Node::File(file) => Target::File(*file),
                Node::Dir(grandchildren) => {
                    let child = dirs.len();
                    dirs.push(Dir {
                        ident: ident.clone(),
                        parent: index,
                        entries: Vec::new(),
                        size: 0,
                        lba: 0,
                    });
                    queue.push_back((grandchildren, child));
                    Target::Dir(child)
                }
            };
            dirs[index].entries.push(Entry { ident, target });
        }
    }
    for dir in &mut dirs {
        let lengths = [34, 34]
            .into_iter()
            .chain(dir.entries.iter().map(|e| record_len(e.ident.len())));
        let used = place_records(lengths)
            .last()
            .map_or(0, |(start, len)| start + len);
        dir.size = u32::try_from(used.div_ceil(SECTOR).max(1) * SECTOR).expect("small folder");
    }
    dirs
}

fn record_len(ident_len: usize) -> usize {
    let len = 33 + ident_len;
    len + len % 2
}

/// Start offsets of consecutive directory records; a record never crosses
/// a sector boundary.
fn place_records(lengths: impl Iterator<Item = usize>) -> Vec<(usize, usize)> {
    let mut pos = 0;
    lengths
        .map(|len| {
            if pos % SECTOR + len > SECTOR {
                pos = pos.div_ceil(SECTOR) * SECTOR;
            }
            let start = pos;
            pos += len;
            (start, len)
        })
        .collect()
}

fn both_u16(value: u16) -> [u8; 4] {
    let [a, b] = value.to_le_bytes();
    let [c, d] = value.to_be_bytes();
    [a, b, c, d]
}

fn both_u32(value: u32) -> [u8; 8] {
    let mut out = [0; 8];
    out[..4].copy_from_slice(&value.to_le_bytes());
    out[4..].copy_from_slice(&value.to_be_bytes());
    out
}

fn directory_record(ident: &[u8], lba: u32, len: u32, is_dir: bool) -> Vec<u8> {
    let mut record = vec![0_u8; record_len(ident.len())];
    record[0] = u8::try_from(record.len()).expect("ISO name too long");
    record[2..10].copy_from_slice(&both_u32(lba));
    record[10..18].copy_from_slice(&both_u32(len));
    record[18..25].copy_from_slice(&RECORD_DATE);
    record[25] = if is_dir { 0x02 } else { 0x00 };
    record[28..32].copy_from_slice(&both_u16(1));
    record[32] = ident.len() as u8;
    record[33..33 + ident.len()].copy_from_slice(ident);
    record
}

fn directory_extent(
    volume: &[Dir],
    dir: &Dir,
    files: &[(&str, Vec<u8>)],
    file_lbas: &[u32],
) -> Vec<u8> {
    let parent = &volume[dir.parent];
    let mut records = vec![
        directory_record(&[0], dir.lba, dir.size, true),
        directory_record(&[1], parent.lba, parent.size, true),
    ];
    for entry in &dir.entries {
        records.push(match entry.target {
            Target::Dir(child) => {
                let child = &volume[child];
                directory_record(&entry.ident, child.lba, child.size, true)
            }
            Target::File(file) => {
                let len = u32::try_from(files[file].1.len()).expect("file below 4 GiB");
                directory_record(&entry.ident, file_lbas[file], len, false)
            }
        });
    }
    let mut extent = vec![0_u8; dir.size as usize];
    for ((start, len), record) in place_records(records.iter().map(Vec::len))
        .iter()
        .zip(&records)
    {
        extent[*start..start + len].copy_from_slice(record);
    }
    extent
}

fn path_table_size(volume: &[Dir]) -> usize {
    volume
        .iter()
        .map(|dir| 8 + dir.ident.len() + dir.ident.len() % 2)
        .sum()
}

fn path_table(volume: &[Dir], big_endian: bool) -> Vec<u8> {
    let mut table = Vec::with_capacity(path_table_size(volume));
    for dir in volume {
        let parent_number = u16::try_from(dir.parent + 1).expect("fewer than 65536 folders");
        table.push(dir.ident.len() as u8);
        table.push(0);
        if big_endian {
            table.extend_from_slice(&dir.lba.to_be_bytes());
            table.extend_from_slice(&parent_number.to_be_bytes());
        } else {
            table.extend_from_slice(&dir.lba.to_le_bytes());
            table.extend_from_slice(&parent_number.to_le_bytes());
        }
        table.extend_from_slice(&dir.ident);
        if dir.ident.len() % 2 == 1 {
            table.push(0);
        }
    }
    table
}

/// Fills a descriptor text field: space-padded ASCII for the primary
/// descriptor, space-padded UCS-2 big endian for Joliet.
fn put_text(field: &mut [u8], text: &str, joliet: bool) {
    let bytes: Vec<u8> = if joliet {
        text.encode_utf16().flat_map(u16::to_be_bytes).collect()
    } else {
        text.bytes().collect()
    };
    let padding: &[u8] = if joliet { &[0x00, 0x20] } else { b" " };
    for (i, byte) in field.iter_mut().enumerate() {
        *byte = match bytes.get(i) {
            Some(b) => *b,
            None => padding[(i - bytes.len()) % padding.len()],
        };
    }
}

fn put_date(field: &mut [u8], date: &[u8; 16]) {
    field[..16].copy_from_slice(date);
    field[16] = 0;
}

fn volume_descriptor(
    volume: &[Dir],
    joliet: bool,
    total_sectors: u32,
    path_table_size: usize,
    l_table: u32,
    m_table: u32,
) -> [u8; SECTOR] {
    let mut vd = [0_u8; SECTOR];
    vd[0] = if joliet { 2 } else { 1 };
    vd[1..6].copy_from_slice(b"CD001");
    vd[6] = 1;
    put_text(&mut vd[8..40], "", joliet);
    put_text(
        &mut vd[40..72],
        if joliet { "Patient CD" } else { "PATIENT_CD" },
        joliet,
    );
    vd[80..88].copy_from_slice(&both_u32(total_sectors));
    if joliet {
        // UCS-2 level 3 escape sequence.
        vd[88..91].copy_from_slice(b"%/E");
    }
    vd[120..124].copy_from_slice(&both_u16(1));
    vd[124..128].copy_from_slice(&both_u16(1));
    vd[128..132].copy_from_slice(&both_u16(SECTOR as u16));
    vd[132..140].copy_from_slice(&both_u32(
        u32::try_from(path_table_size).expect("small path table"),
    ));
    vd[140..144].copy_from_slice(&l_table.to_le_bytes());
    vd[148..152].copy_from_slice(&m_table.to_be_bytes());
    let root = &volume[0];
    vd[156..190].copy_from_slice(&directory_record(&[0], root.lba, root.size, true));
    put_text(&mut vd[190..318], "", joliet);
    put_text(&mut vd[318..446], "", joliet);
    put_text(
        &mut vd[446..574],
        if joliet {
            "dossiercheck test fixtures"
        } else {
            "DOSSIERCHECK TEST FIXTURES"
        },
        joliet,
    );
    put_text(&mut vd[574..702], "", joliet);
    put_text(&mut vd[702..739], "", joliet);
    put_text(&mut vd[739..776], "", joliet);
    put_text(&mut vd[776..813], "", joliet);
    put_date(&mut vd[813..830], VOLUME_DATE);
    put_date(&mut vd[830..847], VOLUME_DATE);
    put_date(&mut vd[847..864], NO_DATE);
    put_date(&mut vd[864..881], NO_DATE);
    vd[881] = 1;
    vd
}

fn terminator() -> [u8; SECTOR] {
    let mut vd = [0_u8; SECTOR];
    vd[0] = 255;
    vd[1..6].copy_from_slice(b"CD001");
    vd[6] = 1;
    vd
}
