/**
 * Vivarium study metamodel - generated code, do not edit (regenerate with releng/emf-codegen/generate.sh)
 */
package org.vivarium.model;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Assay Kind</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * The standard behavioural assays and body weight; CUSTOM for anything else.
 * <!-- end-model-doc -->
 * @see org.vivarium.model.VivariumPackage#getAssayKind()
 * @model
 * @generated
 */
public enum AssayKind implements Enumerator {
	/**
	 * The '<em><b>FST</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #FST_VALUE
	 * @generated
	 * @ordered
	 */
	FST(0, "FST", "FST"),

	/**
	 * The '<em><b>TST</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #TST_VALUE
	 * @generated
	 * @ordered
	 */
	TST(1, "TST", "TST"),

	/**
	 * The '<em><b>NSF</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #NSF_VALUE
	 * @generated
	 * @ordered
	 */
	NSF(2, "NSF", "NSF"),

	/**
	 * The '<em><b>SPT</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SPT_VALUE
	 * @generated
	 * @ordered
	 */
	SPT(3, "SPT", "SPT"),

	/**
	 * The '<em><b>OFT</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #OFT_VALUE
	 * @generated
	 * @ordered
	 */
	OFT(4, "OFT", "OFT"),

	/**
	 * The '<em><b>EPM</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #EPM_VALUE
	 * @generated
	 * @ordered
	 */
	EPM(5, "EPM", "EPM"),

	/**
	 * The '<em><b>BODY WEIGHT</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #BODY_WEIGHT_VALUE
	 * @generated
	 * @ordered
	 */
	BODY_WEIGHT(6, "BODY_WEIGHT", "BODY_WEIGHT"),

	/**
	 * The '<em><b>CUSTOM</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CUSTOM_VALUE
	 * @generated
	 * @ordered
	 */
	CUSTOM(7, "CUSTOM", "CUSTOM");

	/**
	 * The '<em><b>FST</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #FST
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int FST_VALUE = 0;

	/**
	 * The '<em><b>TST</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #TST
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int TST_VALUE = 1;

	/**
	 * The '<em><b>NSF</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #NSF
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int NSF_VALUE = 2;

	/**
	 * The '<em><b>SPT</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SPT
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int SPT_VALUE = 3;

	/**
	 * The '<em><b>OFT</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #OFT
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int OFT_VALUE = 4;

	/**
	 * The '<em><b>EPM</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #EPM
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int EPM_VALUE = 5;

	/**
	 * The '<em><b>BODY WEIGHT</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #BODY_WEIGHT
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int BODY_WEIGHT_VALUE = 6;

	/**
	 * The '<em><b>CUSTOM</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CUSTOM
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int CUSTOM_VALUE = 7;

	/**
	 * An array of all the '<em><b>Assay Kind</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final AssayKind[] VALUES_ARRAY =
		new AssayKind[] {
			FST,
			TST,
			NSF,
			SPT,
			OFT,
			EPM,
			BODY_WEIGHT,
			CUSTOM,
		};

	/**
	 * A public read-only list of all the '<em><b>Assay Kind</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<AssayKind> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Assay Kind</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static AssayKind get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			AssayKind result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Assay Kind</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static AssayKind getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			AssayKind result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Assay Kind</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static AssayKind get(int value) {
		switch (value) {
			case FST_VALUE: return FST;
			case TST_VALUE: return TST;
			case NSF_VALUE: return NSF;
			case SPT_VALUE: return SPT;
			case OFT_VALUE: return OFT;
			case EPM_VALUE: return EPM;
			case BODY_WEIGHT_VALUE: return BODY_WEIGHT;
			case CUSTOM_VALUE: return CUSTOM;
		}
		return null;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private final int value;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private final String name;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private final String literal;

	/**
	 * Only this class can construct instances.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private AssayKind(int value, String name, String literal) {
		this.value = value;
		this.name = name;
		this.literal = literal;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getValue() {
	  return value;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getName() {
	  return name;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getLiteral() {
	  return literal;
	}

	/**
	 * Returns the literal value of the enumerator, which is its string representation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		return literal;
	}
	
} //AssayKind
