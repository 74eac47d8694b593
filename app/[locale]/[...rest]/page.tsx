import { notFound } from "next/navigation";

// Any path no page answers: the not-found page in the visitor's language, inside the site's layout.
export default function UnknownPage() {
  notFound();
}
