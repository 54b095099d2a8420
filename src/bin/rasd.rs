fn main() {
    eprintln!("rasd: being written");
}
